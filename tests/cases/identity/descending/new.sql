-- identity/descending: a new table whose identity counts down
create table t (name text);
create table countdown (id integer generated always as identity (increment by -1), label text);
