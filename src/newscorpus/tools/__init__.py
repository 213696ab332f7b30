"""Tools for the maintainers of a corpus: the benchmark, releases and publishing to the Hub."""
