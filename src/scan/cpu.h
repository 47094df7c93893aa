// cpu.h - which vector instructions this processor has, asked once.
//
// The byte scanners are built for SSE2 (the x86-64 baseline) and take an
// AVX2 or SSSE3 path only where the processor running them has it; every
// scanner asks here, so there is one answer and one place to change it.
#pragma once

namespace tongbao::detail {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
// __builtin_cpu_init first: these may be asked while static objects are
// still being built, before the compiler's own initialisation has run.
inline bool cpu_has_avx2() {
  static const bool has = (__builtin_cpu_init(), __builtin_cpu_supports("avx2"));
  return has;
}
inline bool cpu_has_ssse3() {
  static const bool has = (__builtin_cpu_init(), __builtin_cpu_supports("ssse3"));
  return has;
}
#else
inline bool cpu_has_avx2() { return false; }
inline bool cpu_has_ssse3() { return false; }
#endif

}  // namespace tongbao::detail
