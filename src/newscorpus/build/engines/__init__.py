"""Engines that run the pipeline's steps on many workers. The steps themselves import no engine."""
