"""A real nginx (Debian's package) serving the example's output with the configuration `buurtsite hosting --nginx`
prints, for the hosting tests.

The generated configuration is what a municipality installs: HTTPS on port 443 (with its certificates) and, per
host, a server on port 80 that only redirects to HTTPS. A test cannot bind those ports nor has certificates, so a
thin wrapper changes only the listening: the HTTPS server listens plain HTTP on a free high port (its locations,
headers, types and 404 pages are served exactly as generated), the redirect server on a second free port, where a
request with the host's Host header shows the redirect. `ssl_certificate` lines go, `include mime.types` names
Debian's file; nothing else is touched. nginx runs in the foreground as the current user with its pid, logs and
temporary files in a folder of its own.
"""

from __future__ import annotations

import http.client
import os
import pwd
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NGINX = os.environ.get("NGINX", shutil.which("nginx") or "/usr/sbin/nginx")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def generated_config(site: Path) -> str:
    binary = REPO / ".build" / "debug" / "buurtsite"
    result = subprocess.run([str(binary), "hosting", "--nginx", "--root", str(REPO), "--output", str(site)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError("buurtsite hosting --nginx failed:\n" + result.stdout + result.stderr)
    return result.stdout


def for_test(config: str, https_port: int, http_port: int) -> str:
    """The generated server blocks, listening on the test's ports (see the module's note)."""
    changed = config.replace("listen 443 ssl;", f"listen 127.0.0.1:{https_port};")
    changed = changed.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    changed = re.sub(r"\n\s*listen \[::\]:(?:80|443 ssl);", "", changed)
    changed = re.sub(r"\n\s*ssl_certificate(?:_key)? [^;]*;", "", changed)
    return changed.replace("include mime.types;", "include /etc/nginx/mime.types;")


class Nginx:
    """nginx in the foreground on the generated configuration; `get` asks it with a Host header."""

    def __init__(self, site: Path, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.redirect_port = free_port()
        self.generated = generated_config(site)
        servers = for_test(self.generated, self.port, self.redirect_port)
        temp = folder / "temp"
        temp.mkdir(parents=True, exist_ok=True)
        # As root (a CI container), nginx would hand requests to workers running as nobody, who may not read a
        # private temporary folder: the workers stay the current user.
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
        temps = "".join(f"    {kind}_temp_path {temp}/{kind};\n"
                        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        (folder / "nginx.conf").write_text(
            f"{user}worker_processes 1;\nerror_log {folder}/error.log warn;\npid {folder}/nginx.pid;\n"
            "daemon off;\nevents { worker_connections 64; }\n"
            f"http {{\n    access_log off;\n{temps}\n{servers}\n}}\n", encoding="utf-8")
        check = subprocess.run([NGINX, "-t", "-p", str(folder), "-c", str(folder / "nginx.conf"),
                                "-e", str(folder / "error.log")], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError("nginx -t refused the configuration:\n" + check.stderr)
        self.process = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"),
                                         "-e", str(folder / "error.log")])
        end = time.time() + 10
        while time.time() < end:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("nginx did not start: " + (folder / "error.log").read_text(errors="replace"))

    def get(self, host: str, path: str, port: int | None = None) -> tuple[int, dict[str, str], bytes]:
        """Status, headers (lower-case names) and body of GET `path` on `host`, as the server answers it."""
        connection = http.client.HTTPConnection("127.0.0.1", port or self.port, timeout=10)
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
