"""A real OpenID provider and a MASA server that signs in with it, both on this machine, for test_sso.py.

The provider is PyPI's oidc-provider-mock (scripts/test installs it): a real OpenID Connect server with
discovery, a JWKS, an authorisation form where a person types their subject, and a token endpoint. It takes any
client id and secret. `PUT /users/{sub}` sets the claims a subject gets; a subject it does not know gets
{"email": sub}.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MASA_BINARY = Path(os.environ.get("MASA_BINARY", ROOT / ".build" / "debug" / "masa"))
STARTUP_SECONDS = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text()[-3000:]
            raise RuntimeError(f"{process.args[0]} exited ({process.returncode}) before answering; log:\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {STARTUP_SECONDS} seconds; log:\n{log.read_text()[-3000:]}")


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start(command: list[str], url: str, health: str, log: Path, env: dict[str, str] | None = None) -> Server:
    handle = open(log, "w", encoding="utf-8")
    process = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               env=env, cwd=ROOT)
    handle.close()
    server = Server(url, process, log)
    try:
        wait_until_up(url + health, process, log)
    except Exception:
        server.stop()
        raise
    return server


def start_provider(folder: Path) -> Server:
    port = free_port()
    command = [sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1", "--port", str(port),
               "--require-nonce", "true"]
    return start(command, f"http://127.0.0.1:{port}", "/.well-known/openid-configuration", folder / "provider.log")


def start_masa(folder: Path, issuer: str) -> Server:
    if not MASA_BINARY.exists():
        raise RuntimeError(f"{MASA_BINARY} was not built: run swift build (scripts/test does)")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    env.update({
        "MASA_OIDC_ISSUER": issuer,
        "MASA_OIDC_CLIENT_ID": "masa-browser-tests",
        "MASA_OIDC_CLIENT_SECRET": "browser-tests-secret",
        "MASA_PUBLIC_URL": url,
        "MASA_OIDC_LABEL": "Sign in with Northmere Council",
    })
    command = [str(MASA_BINARY), "demo", "--hostname", "127.0.0.1", "--port", str(port),
               "--data", str(folder / "masa.sqlite")]
    return start(command, url, "/health", folder / "masa.log", env)


def set_claims(provider: Server, subject: str, claims: dict[str, object]) -> None:
    request = urllib.request.Request(f"{provider.url}/users/{subject}", data=json.dumps(claims).encode(),
                                     method="PUT", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 204, f"the provider answered {response.status} to PUT /users/{subject}"


def new_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="masa-sso-"))
