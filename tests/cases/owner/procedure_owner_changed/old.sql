-- owner/procedure_owner_changed: a procedure is given to a role; the table it writes stays with postgres
create table audit_log (message text not null);
create procedure log_message(m text) language plpgsql as $$ begin insert into audit_log values (m); end $$;
