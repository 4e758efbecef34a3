"""Persistence: SQLAlchemy models, repositories, alembic migrations and backups."""
