# Type stubs for the commissioning package (kept complete by tests/test_stubs.py).
import datetime
import decimal
import enum
import os
from typing import Optional, Union

from . import fixtures as fixtures

__version__: str
build_type: str  # the CMake build type the module was compiled in ("Release" from pip install)
optimised: bool  # compiled with optimisation (-O1 or more)

MoneyLike = Union[decimal.Decimal, int, str]
# A file name: str, bytes or any os.PathLike such as pathlib.Path.
PathLike = Union[str, bytes, os.PathLike[str]]

class ParseError(ValueError):
    kind: str
    input: str
    position: int
    reason: str

class InputError(ValueError):
    source: str
    line: int
    field: str
    reason: str
    rule_id: str | None

class Severity(enum.Enum):
    ERROR = 0
    WARNING = 1
    INFO = 2

class Diagnostic:
    rule_id: str
    severity: Severity
    path: str
    message: str
    def __init__(self, *, rule_id: str, severity: Severity, path: str, message: str) -> None: ...
    def to_dict(self) -> dict: ...

def rules() -> list[dict]: ...
def parse_money(text: str) -> decimal.Decimal: ...
def format_money(amount: MoneyLike) -> str: ...

class MoneyUnit(enum.Enum):
    POUNDS = 0
    THOUSANDS = 1
    MILLIONS = 2

class ReportedAmount:
    value: decimal.Decimal
    unit: MoneyUnit
    decimals: int
    negative_zero: bool
    resolution: decimal.Decimal
    printed: str

def parse_reported_amount(text: str, table_unit: MoneyUnit = ...) -> ReportedAmount: ...

class WrittenDate:
    date: datetime.date
    stated_weekday: Optional[str]
    year_from_context: bool
    verbatim: str
    def weekday_matches(self) -> bool: ...
    def check(self, path: str = "") -> list[Diagnostic]: ...

def parse_written_date(text: str, year: Optional[int] = None) -> WrittenDate: ...
def parse_date(text: str, year: Optional[int] = None) -> datetime.date: ...
def parse_time(text: str) -> datetime.time: ...
def format_time(time: Union[datetime.time, str]) -> str: ...
def parse_time_range(text: str) -> tuple[datetime.time, datetime.time, list[Diagnostic]]: ...

class FinancialYear:
    start_year: int
    first_day: datetime.date
    last_day: datetime.date
    def __init__(self, start_year: int) -> None: ...
    @staticmethod
    def parse(text: str) -> FinancialYear: ...
    @staticmethod
    def containing(date: datetime.date) -> FinancialYear: ...
    def __contains__(self, date: datetime.date) -> bool: ...

class FinancialMonth:
    year: FinancialYear
    month: int
    first_day: datetime.date
    last_day: datetime.date
    def __init__(self, year: FinancialYear, month: int) -> None: ...
    @staticmethod
    def parse(text: str, year: Optional[FinancialYear] = None) -> FinancialMonth: ...

class Quarter:
    year: FinancialYear
    quarter: int
    first_day: datetime.date
    last_day: datetime.date
    def __init__(self, year: FinancialYear, quarter: int) -> None: ...
    @staticmethod
    def parse(text: str) -> Quarter: ...

class OdsCode:
    kind: str
    code: str
    def __init__(self, code: str) -> None: ...

class Rag(enum.Enum):
    RED = 0
    AMBER = 1
    GREEN = 2
    BLUE = 3

def parse_rag(text: str) -> Rag: ...
def parse_percentage(text: str) -> decimal.Decimal: ...
def per_head_funding(rate: str, population: int) -> decimal.Decimal: ...

from typing import Any, TypeVar

_D = TypeVar("_D")

class _Document:
    """Shared surface of every document class: the documented JSON format, files, archives."""
    @classmethod
    def from_dict(cls: type[_D], data: dict[str, Any]) -> _D: ...
    @classmethod
    def from_json(cls: type[_D], text: str, source: str = "<json>") -> _D: ...
    @classmethod
    def load(cls: type[_D], path: PathLike) -> _D: ...
    @classmethod
    def load_archive(cls: type[_D], data: bytes, format: str = "binary") -> _D: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, indent: int = 2) -> str: ...
    def save(self, path: PathLike) -> None: ...
    def save_archive(self, format: str = "binary") -> bytes: ...

class MeetingPack(_Document):
    title: str
    meeting_dates: list[datetime.date]
    def validate(self) -> list[Diagnostic]: ...
    def quoracy(self, meeting: int = 0) -> list[dict[str, Any]]: ...

class BudgetReport(_Document):
    @staticmethod
    def from_csv(text: str, source: str = "<csv>") -> BudgetReport: ...
    def to_csv(self) -> str: ...
    def reconcile(self, tolerance_steps: int = 1) -> dict[str, Any]: ...

class Allocation(_Document):
    def reconcile(self, tolerance_steps: int = 1) -> dict[str, Any]: ...

class RiskRegister(_Document):
    def validate(self, as_of: Optional[datetime.date] = None) -> list[Diagnostic]: ...
    def heat_map(self) -> dict[str, Any]: ...

class Programme(_Document):
    def validate(self, as_of: Optional[datetime.date] = None) -> list[Diagnostic]: ...

def per_head_allocation(rate: str, population: int, basis: str = "raw") -> decimal.Decimal: ...

import numpy
import numpy.typing
import pandas

class AgeSexWeights:
    source: str
    @staticmethod
    def load(path: PathLike) -> AgeSexWeights: ...
    @staticmethod
    def from_text(text: str) -> AgeSexWeights: ...
    def weight(self, sex: str, age: int) -> float: ...
    def to_text(self) -> str: ...

class PopulationTable:
    practices: int
    ages: str
    sexes: list[str]
    age_labels: list[str]
    codes: list[str]
    commissioners: list[str]
    extract_date: Optional[datetime.date]
    def totals(self, sex: Optional[str] = None) -> numpy.typing.NDArray[numpy.int64]: ...
    def column(self, sex: str, age: str) -> numpy.typing.NDArray[numpy.int64]: ...
    def total(self, sex: Optional[str] = None) -> int: ...
    def summarise(self, by: str = "ccg", weights: Optional[AgeSexWeights] = None, normalise: bool = False) -> list[dict[str, Any]]: ...
    def weighted(self, weights: AgeSexWeights, normalise: bool = False) -> numpy.typing.NDArray[numpy.float64]: ...
    def to_pandas(self) -> pandas.DataFrame: ...

def read_registrations(path: PathLike) -> PopulationTable: ...
def read_registrations_lenient(path: PathLike) -> tuple[PopulationTable, list[Diagnostic]]: ...
