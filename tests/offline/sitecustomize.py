"""Loaded by every Python process the tests start (tests/conftest.py puts this folder on PYTHONPATH).

pytest-socket guards the test process itself; the CLI, crash and concurrency
tests also start child processes. Here, in each child, a connection to
anything but this computer fails at once, so a test can never reach the
network by way of a subprocess either.
"""

import ipaddress
import socket

_LOCAL_NAMES = {"localhost", "localhost.localdomain", ""}


def _is_local(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str) or host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:  # a name: only a local name may be looked up and used
        return False


def _guard(method):
    def guarded(self, address, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
            raise OSError(f"network access is disabled in the tests (tried {address!r})")
        return method(self, address, *args)
    return guarded


socket.socket.connect = _guard(socket.socket.connect)
socket.socket.connect_ex = _guard(socket.socket.connect_ex)
