"""What the Fakturoid emulator remembers: accounts (subjects, invoices, events), tokens, id counters.

Records are JSON-ready dicts (decimals as strings, times as epoch seconds) so they persist as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Account:
    slug: str
    subjects: dict[int, dict[str, Any]] = field(default_factory=dict)
    invoices: dict[int, dict[str, Any]] = field(default_factory=dict)
    # (number format id, series, period) -> highest counter used
    counters: dict[str, int] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "subjects": list(self.subjects.values()),
            "invoices": list(self.invoices.values()),
            "counters": self.counters,
            "events": self.events,
            "messages": self.messages,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Account:
        return cls(
            slug=data["slug"],
            subjects={s["id"]: s for s in data.get("subjects", [])},
            invoices={i["id"]: i for i in data.get("invoices", [])},
            counters=dict(data.get("counters", {})),
            events=list(data.get("events", [])),
            messages=list(data.get("messages", [])),
        )


@dataclass
class Store:
    accounts: dict[str, Account] = field(default_factory=dict)
    tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)

    def next_id(self, kind: str) -> int:
        # Ids start high enough to look like a real service's and never repeat across kinds' restarts.
        value = self.ids.get(kind, 1000) + 1
        self.ids[kind] = value
        return value

    def to_json(self) -> dict[str, Any]:
        return {
            "accounts": [a.to_json() for a in self.accounts.values()],
            "tokens": self.tokens,
            "ids": self.ids,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Store:
        return cls(
            accounts={a["slug"]: Account.from_json(a) for a in data.get("accounts", [])},
            tokens=dict(data.get("tokens", {})),
            ids=dict(data.get("ids", {})),
        )
