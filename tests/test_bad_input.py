"""Bad input, on purpose: every command answers with one line, changes nothing, creates nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import IN_CI, ROOT, SEED, run_cli, sha256, tree

COMMANDS = ["report", "figures", "outline", "batch"]


def _png(p: Path):
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)))


def _zip(p: Path):
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("statement.txt", "JOINT STATEMENT\nThe parties agreed.\n")


def _elf(p: Path):
    p.write_bytes(Path(sys.executable).resolve().read_bytes()[:4096])


def _big(p: Path):
    line = ("The two governments will cooperate on trade and investment. " * 20 + "\n").encode()
    with open(p, "wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)


def _symlink_loop(p: Path):
    other = p.with_name("loop-b.txt")
    os.symlink(other, p)
    os.symlink(p, other)


# (id, how to make the file, words the error line must contain)
CASES = [
    ("missing", lambda p: None, "not found"),
    ("directory", lambda p: p.mkdir(), "directory"),
    ("empty", lambda p: p.write_bytes(b""), "empty"),
    ("whitespace", lambda p: p.write_bytes(b" \n\t\r\n   \n"), "empty"),
    ("pdf", lambda p: p.write_bytes(b"%PDF-1.5\n%\xb5\xed\xae\xfb\n4 0 obj\n<< /Length 5 >>\nstream\n"), "PDF"),
    ("png", _png, "PNG"),
    ("zip", _zip, "zip"),
    ("elf", _elf, "executable"),
    ("utf16-no-bom", lambda p: p.write_bytes("JOINT STATEMENT\nThe leaders met.\n".encode("utf-16-le")), "UTF-16"),
    ("bad-utf8-middle", lambda p: p.write_bytes("TITLE\nCaf\u00e9 talks were held. ".encode() + b"\xc3\x28\xa0\xa1" + " More text.\n".encode()), "not valid UTF-8"),
    ("fifty-mb", _big, "limit"),
    ("two-mb-line", lambda p: p.write_bytes(b"The parties agreed to cooperate. " * 64_000), "characters long"),
    ("nul-bytes", lambda p: p.write_bytes(b"JOINT STATEMENT\nThe leaders\x00 met.\n"), "NUL"),
    ("only-headings", lambda p: p.write_text("JOINT STATEMENT\n\nTRADE\n\nSECURITY\n\nCLIMATE\n"), "only headings"),
    ("only-numbers", lambda p: p.write_text("2013\n16,000,000\n20 45 100\n"), "no words"),
    ("symlink-loop", _symlink_loop, "symbolic link loop"),
    ("html-without-text", lambda p: p.write_text("<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>"), "empty"),
]


def _args(command: str, path: Path, out: Path) -> list[str]:
    if command == "report":
        return ["report", str(path), "--out", str(out), "--formats", "html"]
    if command == "batch":
        return ["batch", str(path), "--out", str(out), "--formats", "html"]
    return [command, str(path)]


def _check_one_line(res, path_text: str, problem: str):
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("communique: error: ")
    assert path_text in lines[0], lines[0]
    assert problem in lines[0], lines[0]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("command", COMMANDS)
def test_bad_statement(tmp_path, case, command):
    name, make, problem = case
    src_dir = tmp_path / "in"
    src_dir.mkdir()
    path = src_dir / ("statement.html" if name == "html-without-text" else "statement.txt")
    make(path)
    before = tree(src_dir) if name not in ("symlink-loop",) else None
    out = tmp_path / "out"
    out.mkdir()
    res = run_cli(*_args(command, path, out))
    _check_one_line(res, str(path), problem)
    assert tree(out) == {}
    if before is not None:
        assert tree(src_dir) == before


def test_debug_shows_the_traceback(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    res = run_cli("--debug", "outline", str(path))
    assert res.returncode != 0
    assert "Traceback" in res.stderr and "InputError" in res.stderr


def _without_root_override() -> list[str]:
    """Root reads and writes anything: drop that override so permission checks apply."""
    if os.geteuid() != 0:
        return []
    exe = shutil.which("setpriv")
    if not exe:
        if IN_CI:
            pytest.fail("setpriv (util-linux) is needed to test permissions as root")
        pytest.skip("setpriv is not installed")
    return [exe, "--bounding-set=-dac_override,-dac_read_search"]


def _run_restricted(*args):
    exe = Path(sys.executable).parent / "communique"
    return subprocess.run([*_without_root_override(), str(exe), *args], cwd=str(ROOT), capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("command", COMMANDS)
def test_unreadable_statement(tmp_path, command):
    src_dir = tmp_path / "in"
    src_dir.mkdir()
    path = src_dir / "secret.txt"
    path.write_bytes(SEED.read_bytes())
    path.chmod(0)
    out = tmp_path / "out"
    out.mkdir()
    before = sha256(path)
    res = _run_restricted(*_args(command, path, out))
    _check_one_line(res, str(path), "permission denied")
    assert tree(out) == {} and sha256(path) == before


@pytest.mark.parametrize("command", ["report", "batch"])
def test_output_folder_not_writable(tmp_path, command):
    src_dir = tmp_path / "in"
    src_dir.mkdir()
    path = src_dir / "us-peru-2013.txt"
    path.write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    res = _run_restricted(*_args(command, path, out))
    _check_one_line(res, str(out), "not writable")
    assert tree(out) == {}


@pytest.mark.parametrize("command", ["report", "batch"])
def test_output_folder_that_cannot_be_made(tmp_path, command):
    # (root may write anywhere by its permissions, yet no folder can be made under /proc)
    src_dir = tmp_path / "in"
    src_dir.mkdir()
    path = src_dir / "us-peru-2013.txt"
    path.write_bytes(SEED.read_bytes())
    res = run_cli(*_args(command, path, Path("/proc/communique-out")))
    _check_one_line(res, "/proc", "output folder")  # ("is not writable" where not root)


def test_parameters_file_that_is_not_yaml(tmp_path):
    params = tmp_path / "params.yml"
    params.write_text("detail: [full\n  top_n: : :\n")
    out = tmp_path / "out"
    for command in ("report", "batch"):
        res = run_cli(command, str(SEED), "--out", str(out), "--params", str(params))
        _check_one_line(res, str(params), "not valid YAML")
    assert not out.exists()


@pytest.mark.parametrize(
    "param, problem",
    [(("detial", "brief"), "unknown parameter 'detial'"), (("top_n", "lots"), "'top_n' must be a whole number"), (("detail", "huge"), "must be one of full, brief")],
)
@pytest.mark.parametrize("command", ["report", "batch"])
def test_wrong_parameter(tmp_path, command, param, problem):
    out = tmp_path / "out"
    res = run_cli(command, str(SEED), "--out", str(out), "-p", *param)
    assert res.returncode != 0 and "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and problem in lines[0]
    assert not out.exists()


def test_metadata_that_is_not_yaml(tmp_path):
    src = tmp_path / "joint.txt"
    src.write_bytes(SEED.read_bytes())
    (tmp_path / "joint.yml").write_text("title: [unclosed\n")
    res = run_cli("outline", str(src))
    _check_one_line(res, str(tmp_path / "joint.yml"), "not valid YAML")


@pytest.mark.slow
def test_full_disk_leaves_no_partial_report(tmp_path):
    """A disk that fills while the report is written: one error line, nothing half-written."""
    out = tmp_path / "out"
    out.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(out)], capture_output=True).returncode == 0
    try:
        if mounted:
            res = run_cli("report", str(SEED), "--out", str(out), "--formats", "html")
        else:  # no permission to mount here: make every write of the report fail as a full disk does
            code = (
                "import errno, os, sys\n"
                "from communique import cli\n"
                "def full(*a, **k):\n"
                "    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\n"
                "os.fsync = full\n"
                "sys.exit(cli.main(sys.argv[1:]))\n"
            )
            res = subprocess.run(
                [sys.executable, "-c", code, "report", str(SEED), "--out", str(out), "--formats", "html"],
                cwd=str(ROOT), capture_output=True, text=True, timeout=600,
            )
        _check_one_line(res, str(out), "No space left on device".lower())
        folder = out / "us-peru-2013"
        assert not folder.exists()
        assert not [p for p in out.iterdir() if p.name.startswith(".tmp-")]
    finally:
        if mounted:
            subprocess.run(["umount", str(out)], capture_output=True)
