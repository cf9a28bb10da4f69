-- policy/forced_several_policies: a table with rows gets row level security enabled and forced and several policies of different commands and kinds
create table tickets (id integer primary key, tenant_id integer not null, assignee text, closed boolean not null default false);
insert into tickets values (1, 1, 'alice', false), (2, 2, null, true);
