"""One measured MASA: seed a fresh SQLite database, serve it, sign in, then time pages (scripts/bench uses this)."""
import http.client, http.cookiejar, os, re, shutil, socket, statistics, subprocess, sys, tempfile, time
import urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUSINESS_UNIT = ("business@northmere.example", "safeguarding-demo-2026")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(cmd, env):
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return result.stdout.strip()


class Server:
    """`masa seed` then `masa serve` on a throwaway folder; stopped and removed on exit."""

    def __init__(self, binary, years, agencies):
        self.folder = tempfile.mkdtemp(prefix="masa-bench-")
        self.env = dict(os.environ, MASA_DATA=os.path.join(self.folder, "masa.sqlite"), MASA_SECURE_COOKIES="false",
                        LOG_LEVEL="warning")
        self.env.pop("DATABASE_URL", None)
        started = time.time()
        self.seed_message = run([binary, "seed", "--years", str(years), "--agencies", str(agencies)], self.env)
        self.seed_seconds = time.time() - started
        self.port = free_port()
        self.process = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
                                        cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(150):
            try:
                urllib.request.urlopen(self.base + "/health", timeout=1)
                break
            except Exception:
                time.sleep(0.2)
        self.cookie = self.sign_in()
        self.megabytes = os.path.getsize(self.env["MASA_DATA"]) / 1e6

    def sign_in(self):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(self.base + "/sign-in").read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        email, password = BUSINESS_UNIT
        body = urllib.parse.urlencode({"csrf_token": token, "email": email, "password": password})
        opener.open(self.base + "/sign-in", data=body.encode())
        session = [c for c in jar if c.name == "masa-session"]
        if not session:
            sys.exit("scripts/bench: signing in as the business unit did not give a session")
        return f"masa-session={session[0].value}"

    def latency(self, path, runs, warm=3):
        """Median and 95th percentile in ms of `runs` requests one after another on one kept-alive connection."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        timings, status = [], None
        for i in range(runs + warm):
            started = time.perf_counter()
            connection.request("GET", path, headers={"Cookie": self.cookie})
            response = connection.getresponse()
            response.read()
            status = response.status
            if i >= warm:
                timings.append((time.perf_counter() - started) * 1000)
        connection.close()
        timings.sort()
        return status, statistics.median(timings), timings[max(0, int(len(timings) * 0.95) - 1)]

    def throughput(self, path, connections, seconds):
        """Requests a second from wrk at `connections` connections, and how many answers were not 2xx/3xx."""
        out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-H", f"Cookie: {self.cookie}",
                              self.base + path], capture_output=True, text=True, check=True).stdout
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
        return rate, int(errors.group(1)) if errors else 0

    def close(self):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
