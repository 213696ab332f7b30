"""The published dataset: the record schema, its tables and Parquet shards, the card, Croissant, validation."""
