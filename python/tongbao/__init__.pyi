# Type stubs of the tongbao module (the implementation: __init__.py over the
# compiled _tongbao). A record is a dict as json.loads of the CLI's JSON.
import os
from typing import Any, Dict, Iterable, Iterator, List, NamedTuple, Optional, Union

from . import dataframes

Record = Dict[str, Any]
StrPath = Union[str, "os.PathLike[str]"]
Source = Union[StrPath, bytes, bytearray, memoryview]

__version__: str
RECORD_FORMAT: str
DEFAULT_MAX_BYTES: int

def parse(
    source: Optional[Source] = ...,
    *,
    text: Optional[str] = ...,
    name: str = ...,
    input_format: str = ...,
    encoding: Optional[str] = ...,
    max_bytes: int = ...,
    pedantic: bool = ...,
) -> Record: ...

# Records as dicts, or (as_json=True) as their compact JSON text.
class _Records(Iterator[Any]):
    def __iter__(self) -> "_Records": ...
    def __next__(self) -> Any: ...
    def __len__(self) -> int: ...
    def close(self) -> None: ...
    def __enter__(self) -> "_Records": ...
    def __exit__(self, *exc: object) -> bool: ...

def parse_files(
    paths: Iterable[StrPath],
    *,
    jobs: Optional[int] = ...,
    input_format: str = ...,
    encoding: Optional[str] = ...,
    max_bytes: int = ...,
    pedantic: bool = ...,
    as_json: bool = ...,
) -> _Records: ...

def check(
    source: Optional[Source] = ...,
    *,
    text: Optional[str] = ...,
    name: str = ...,
    input_format: str = ...,
    encoding: Optional[str] = ...,
    max_bytes: int = ...,
    pedantic: bool = ...,
    select: Optional[Iterable[str]] = ...,
    ignore: Optional[Iterable[str]] = ...,
) -> Dict[str, Any]: ...

def frames(records: Iterable[Record]) -> dataframes.Frames: ...

def collect(inputs: Union[StrPath, Iterable[StrPath]], *, globs: Optional[Iterable[str]] = ...) -> List[str]: ...

def stats(records: Union[Iterable[Union[Record, str]], StrPath], *, by: str = ...) -> Dict[str, Any]: ...
