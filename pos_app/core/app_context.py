"""What the window and every command need: directories, settings, secrets, client, outbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from pos_app.core.config import Settings
from pos_app.core.credentials import KeyringStore, SecretStore, keyring_service
from pos_app.core.logs import setup_logging
from pos_app.core.machine_settings import layered_settings
from pos_app.core.paths import AppPaths, app_paths

# Each part loads with its first use: a command, or the window's first screen, needs few of them.
if TYPE_CHECKING:
    from pos_app.core.capillary import CapillaryClient
    from pos_app.core.journal import Journal
    from pos_app.core.key_share import KeyShare
    from pos_app.core.money import Money
    from pos_app.core.offline_policy import OfflinePolicy
    from pos_app.core.org_rules import LearnedRules
    from pos_app.core.outbox import Outbox, OutboxItem
    from pos_app.core.receipt import Receipt
    from pos_app.core.sending import Sender
    from pos_app.core.supervisor import Supervisor


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    _secrets: SecretStore | None = field(default=None, repr=False)

    @classmethod
    def open(cls, home: str | None = None, secrets: SecretStore | None = None) -> AppContext:
        paths = app_paths(home).ensure()
        setup_logging(paths.log_file)
        return cls(paths, layered_settings(paths.settings_file), secrets)

    @property
    def secrets(self) -> SecretStore:
        """The keyring, opened on first use: commands that need no secret never touch it."""
        if self._secrets is None:
            self._secrets = KeyringStore(service=keyring_service(self.paths.home))
        return self._secrets

    @cached_property
    def client(self) -> CapillaryClient:
        from pos_app.core.connection import make_client

        client = make_client(self.settings, self.secrets)
        client.rules_listener = self.org_rules.heard  # every answer teaches the org's rules
        client.transport.key_share = self.key_share  # the customer's calls go before the replay's
        return client

    @cached_property
    def key_share(self) -> KeyShare:
        """The API key's calls as the window and the replay share them (one per app, kept across
        replay passes: the replay's rate after a 429 is remembered)."""
        from pos_app.core.key_share import KeyShare

        return KeyShare(self.policy.requests_per_minute)

    @cached_property
    def org_rules(self) -> LearnedRules:
        """The org's redemption rules as learned from the service's answers (kept for offline use)."""
        from pos_app.core.org_rules import LearnedRules

        return LearnedRules(self.paths.data_dir / "org-rules.json")

    def reset_client(self) -> None:
        """After settings or credentials change: the next call builds a fresh client."""
        self.__dict__.pop("client", None)
        self.__dict__.pop("policy", None)
        self.__dict__.pop("key_share", None)

    def language(self) -> str:
        """The till's language: the ``language`` setting, else the system's."""
        from pos_app.core.i18n import language_of, system_language

        chosen = str(self.settings.get("language"))
        return language_of(chosen) if chosen else system_language()

    def money(self) -> Money:
        """Money in the org's currency, formatted for the language now in use."""
        from pos_app.core.i18n import current_language
        from pos_app.core.money import money_for

        return money_for(str(self.settings.get("currency")), current_language(), str(self.settings.get("country")))

    @cached_property
    def outbox(self) -> Outbox:
        from pos_app.core.outbox import Outbox

        return Outbox(self.paths.outbox_file)

    @cached_property
    def policy(self) -> OfflinePolicy:
        from pos_app.core.offline_policy import OfflinePolicy

        return OfflinePolicy.from_settings(self.settings, rules=self.org_rules.for_program)

    @cached_property
    def journal(self) -> Journal:
        from pos_app.core.journal import Journal

        return Journal(self.outbox, legacy=self.paths.journal_file)

    def receipts_of(self, day: str) -> list[tuple[int, Receipt]]:
        """The day's journal, PENDING receipts as their queued redemptions stand now."""
        from pos_app.core.receipt import settled

        return [(i, settled(r, self.queued_for(r))) for i, r in self.journal.day(day)]

    def receipt(self, receipt_id: int) -> Receipt:
        """One journal receipt, a PENDING one as its queued redemption stands now."""
        from pos_app.core.receipt import settled

        receipt = self.journal.get(receipt_id)
        return settled(receipt, self.queued_for(receipt))

    def queued_for(self, receipt: Receipt) -> OutboxItem | None:
        """A PENDING receipt's row in the queue (None for any other receipt)."""
        return self.outbox.find_reference(receipt.reference) if receipt.pending else None

    @property
    def supervisor(self) -> Supervisor:
        from pos_app.core.supervisor import Supervisor

        return Supervisor(self.secrets, self.paths.data_dir / "supervisor-pin-tries.json")

    def sender(self) -> Sender:
        from pos_app.core.sending import Sender

        return Sender(
            self.client,
            self.outbox,
            self.policy,
            till_id=str(self.settings.get("entity.till_id")),
            till_code=str(self.settings.get("till") or ""),
        )
