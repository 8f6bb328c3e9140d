"""MLIR's `--verify-diagnostics` annotations: `// expected-error {{text}}`, `@+N`/`@-N` offsets.

A chunk with annotations must produce exactly the annotated error (text contained in the
message, on the annotated line); a chunk without annotations behaves as in xdsl-opt (the
diagnostic is printed to the output and the run continues). Hand-written: xDSL has no
diagnostic verifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ANNOTATION = re.compile(r"//\s*expected-error\s*(?:@([+-]\d+|unknown))?\s*\{\{(.*?)\}\}")
_LOCATION = re.compile(r"^(?P<file>[^\n]*?):(?P<line>\d+):(?P<col>\d+): error: ", re.M)


@dataclass(frozen=True)
class Expected:
    line: int | None  # None: any line (`@unknown`)
    text: str


@dataclass
class ExpectedDiagnostics:
    items: list[Expected]

    @staticmethod
    def scan(text: str, line_offset: int = 0) -> "ExpectedDiagnostics":
        items = []
        for number, line in enumerate(text.splitlines(), start=1 + line_offset):
            for m in _ANNOTATION.finditer(line):
                where = m.group(1)
                target = None if where == "unknown" else number + int(where or 0)
                items.append(Expected(target, m.group(2).strip()))
        return ExpectedDiagnostics(items)

    def match(self, message: str, filename: str) -> str | None:
        """None when `message` satisfies the annotations, else a report of what went wrong."""
        loc = _LOCATION.search(message)
        line = int(loc.group("line")) if loc else None
        for item in self.items:
            if item.text in message and (item.line is None or line is None or item.line == line):
                if len(self.items) > 1:
                    rest = [i for i in self.items if i is not item]
                    return "".join(
                        f"{filename}:{i.line}: error: expected error \"{i.text}\" was not produced\n" for i in rest
                    )
                return None
        first = self.items[0]
        return (
            f"{filename}:{first.line}: error: expected error \"{first.text}\" was not produced; got:\n"
            f"{message}\n"
        )

    def unmet_report(self, filename: str) -> str:
        return "".join(
            f"{filename}:{i.line}: error: expected error \"{i.text}\" was not produced\n" for i in self.items
        )
