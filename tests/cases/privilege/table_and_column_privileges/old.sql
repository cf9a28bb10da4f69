-- privilege/table_and_column_privileges: a role gets SELECT on a table and UPDATE on one of its columns; another column gets REFERENCES for a second role
create table tickets (id integer primary key, title text not null, status text not null default 'open', assignee text);
