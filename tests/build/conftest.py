import fsspec
import pytest
import s3fs
from s3 import CREDENTIALS, s3_server


@pytest.fixture
def s3(monkeypatch):
    """A fresh S3 server on 127.0.0.1 with a bucket `corpus-bucket`, which s3fs reaches through the environment."""
    with s3_server() as endpoint:
        for name, value in {**CREDENTIALS, "AWS_ENDPOINT_URL": endpoint}.items():
            monkeypatch.setenv(name, value)
        s3fs.S3FileSystem.clear_instance_cache()  # instances made for an earlier test's server
        fsspec.filesystem("s3", skip_instance_cache=True).mkdir("corpus-bucket")
        yield endpoint
