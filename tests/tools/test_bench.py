import subprocess
import sys
import time

from newscorpus.tools.bench import process_tree, resident_bytes

MIB = 2**20
CHILD = "import time; memory = b'x' * (150 * 2**20); time.sleep(30)"  # a process holding 150 MiB
PARENT = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {CHILD!r}])"


def test_the_memory_of_a_process_and_its_descendants():
    parent = subprocess.Popen([sys.executable, "-c", PARENT])
    try:
        deadline = time.monotonic() + 20
        while len(tree := process_tree(parent.pid)) < 2 or resident_bytes(tree - {parent.pid}) < 150 * MIB:
            assert time.monotonic() < deadline, f"the child holding 150 MiB was not found among {tree}"
            time.sleep(0.1)
        assert parent.pid in tree
        assert resident_bytes({parent.pid}) < 150 * MIB <= resident_bytes(tree - {parent.pid})
    finally:
        for pid in process_tree(parent.pid) - {parent.pid}:
            subprocess.run(["kill", str(pid)])
        parent.wait()
    assert resident_bytes(tree) == 0  # every one has exited
