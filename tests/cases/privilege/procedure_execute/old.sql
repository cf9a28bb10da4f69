-- privilege/procedure_execute: EXECUTE on a procedure is revoked from PUBLIC and granted to one role (GRANT ... ON PROCEDURE)
create table audit_log (id bigint generated always as identity primary key, note text not null);
create procedure write_note(p_note text) language sql as $$ insert into audit_log (note) values (p_note) $$;
