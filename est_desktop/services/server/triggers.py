"""Triggers that keep the record honest whatever a login sends in plain SQL: the change log
names the database user and is append-only, and a row's version is the server's to raise."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

AUDIT_TRIGGER = "audit_entry_db_user"
APPEND_ONLY_TRIGGER = "audit_entry_append_only"
VERSION_TRIGGER = "action_raise_version"
ANSWER_TRIGGER = "action_answer_required"


def run(connection: Connection, statement: str) -> None:
    connection.exec_driver_sql(statement)


def install(connection: Connection) -> None:
    """The trail names the database user who made a change; no desk can name another."""
    run(
        connection,
        """
        CREATE OR REPLACE FUNCTION est_audit_db_user() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            NEW.db_user := session_user;
            RETURN NEW;
        END $$
        """,
    )
    run(connection, f"DROP TRIGGER IF EXISTS {AUDIT_TRIGGER} ON audit_entry")
    run(
        connection,
        f"CREATE TRIGGER {AUDIT_TRIGGER} BEFORE INSERT ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION est_audit_db_user()",
    )
    # The writer folds later fields into its own entry within the same transaction (a
    # savepoint's included); once committed, an entry is never changed or removed, by
    # anyone but the administrator in maintenance.
    run(
        connection,
        """
        CREATE OR REPLACE FUNCTION est_audit_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('est.maintenance', true) = 'on' THEN
                RETURN COALESCE(NEW, OLD);
            END IF;
            IF TG_OP = 'DELETE'
               OR (SELECT pg_xact_status(xmin::text::xid8) FROM audit_entry WHERE id = OLD.id)
                  IS DISTINCT FROM 'in progress'
               OR (NEW.at, NEW."user", NEW.action, NEW.entity, NEW.entity_id, NEW.note,
                   NEW.db_user)
                  IS DISTINCT FROM (OLD.at, OLD."user", OLD.action, OLD.entity,
                   OLD.entity_id, OLD.note, OLD.db_user)
            THEN
                RAISE EXCEPTION 'the change log is append-only' USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END $$
        """,
    )
    run(connection, f"DROP TRIGGER IF EXISTS {APPEND_ONLY_TRIGGER} ON audit_entry")
    run(
        connection,
        f"CREATE TRIGGER {APPEND_ONLY_TRIGGER} BEFORE UPDATE OR DELETE ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION est_audit_append_only()",
    )
    # A row's version is the server's to raise, so a save through plain SQL cannot set it
    # back and slip past the conflict check of the desks.
    run(
        connection,
        """
        CREATE OR REPLACE FUNCTION est_raise_version() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            NEW.version := OLD.version + 1;
            RETURN NEW;
        END $$
        """,
    )
    run(connection, f"DROP TRIGGER IF EXISTS {VERSION_TRIGGER} ON action")
    run(
        connection,
        f"CREATE TRIGGER {VERSION_TRIGGER} BEFORE UPDATE ON action "
        "FOR EACH ROW EXECUTE FUNCTION est_raise_version()",
    )
    # A participant changes an action only by answering it: whatever it sends, at commit
    # the action it changed must have an answer written in the same transaction, so the
    # convener's review shows who changed what, and why.
    run(
        connection,
        """
        CREATE OR REPLACE FUNCTION est_answer_required() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('est.maintenance', true) = 'on'
               OR est_user_kind() IS NOT DISTINCT FROM 'samordnare' THEN
                RETURN NULL;
            END IF;
            IF NOT EXISTS (
                SELECT 1 FROM action_answer a
                WHERE a.action_id = NEW.id
                  AND pg_xact_status(a.xmin::text::xid8) = 'in progress'
            ) THEN
                RAISE EXCEPTION 'a participant changes an action only by answering it'
                    USING ERRCODE = '42501';
            END IF;
            RETURN NULL;
        END $$
        """,
    )
    run(connection, f"DROP TRIGGER IF EXISTS {ANSWER_TRIGGER} ON action")
    run(
        connection,
        f"CREATE CONSTRAINT TRIGGER {ANSWER_TRIGGER} AFTER UPDATE ON action "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION est_answer_required()",
    )
