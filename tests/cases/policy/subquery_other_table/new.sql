-- policy/subquery_other_table: a policy whose USING has an EXISTS subquery on another table is created
create table projects (id integer primary key, name text not null);
create table memberships (project_id integer not null references projects (id), member_name text not null, primary key (project_id, member_name));
alter table projects enable row level security;
create policy projects_member on projects for select to app_user
    using (exists (select 1 from memberships m where m.project_id = projects.id and m.member_name = current_user));
