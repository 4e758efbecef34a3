"""One running InvoiceDesk per data folder: a second launch wakes the first one and leaves.

A lock file decides who is first (Qt removes it again when its owner's process has died); the first
instance listens on a local socket (a named pipe on Windows) and every later launch sends it a short
message there. Both names derive from the user and the data folder, so two folders, or two users on
one terminal server, never meet.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from invoicedesk.ui.signals import emit

log = logging.getLogger(__name__)

ACTIVATE = "activate"
_CONNECT_TIMEOUT_MS = 1000
_CONNECT_ATTEMPTS = 5  # the first instance may hold the lock but not listen yet


def instance_key(data_dir: Path | str) -> str:
    """A short name, stable for one user and one data folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in a stripped-down environment
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    folder = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"invoicedesk-{digest}"


class SingleInstance(QObject):
    """`acquire()` makes this process the primary one or reports that another already is."""

    message_received = Signal(str)

    def __init__(self, key: str, parent: QObject | None = None):
        super().__init__(parent)
        self._key = key
        self._lock = QLockFile(QDir(QDir.tempPath()).filePath(f"{key}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when the owner process is gone, never by age
        self._server: QLocalServer | None = None

    @property
    def key(self) -> str:
        return self._key

    def acquire(self) -> bool:
        """True if this process is now the primary instance and listens for later launches."""
        if not self._lock.tryLock(100):
            return False
        # A crashed primary can leave its socket file behind on Unix; the lock proves nobody owns it.
        QLocalServer.removeServer(self._key)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._key):
            log.warning("Cannot listen for other launches on %s: %s", self._key, server.errorString())
            return True  # still the primary: the app works, only the wake-up message is lost
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def notify_primary(self, message: str = ACTIVATE) -> bool:
        """Send `message` to the primary instance; False if it could not be reached."""
        for _attempt in range(_CONNECT_ATTEMPTS):
            socket = QLocalSocket()
            socket.connectToServer(self._key)
            if socket.waitForConnected(_CONNECT_TIMEOUT_MS):
                socket.write((message + "\n").encode())
                delivered = socket.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
                socket.disconnectFromServer()
                return delivered
            socket.abort()
        log.warning("Another InvoiceDesk holds %s but did not answer", self._key)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    @Slot()
    def _accept(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(self._read_ready)
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)

    @Slot()
    def _read_ready(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            line = bytes(connection.readLine().data()).decode(errors="replace").strip()
            if line:
                emit(self.message_received, line)
