-- trigger/update_of_or_truncate_column_renamed: a statement trigger on UPDATE OF a column OR TRUNCATE is kept when the column is renamed
create table t (id integer primary key, name text);
create function note_change() returns trigger language plpgsql as $$ begin return null; end $$;
create trigger t_note after update of name or truncate on t for each statement execute function note_change();
