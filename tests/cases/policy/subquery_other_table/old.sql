-- policy/subquery_other_table: a policy whose USING has an EXISTS subquery on another table is created
create table projects (id integer primary key, name text not null);
create table memberships (project_id integer not null references projects (id), member_name text not null, primary key (project_id, member_name));
alter table projects enable row level security;
insert into projects values (1, 'alpha');
insert into memberships values (1, 'alice');
