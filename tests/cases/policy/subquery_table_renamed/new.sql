-- policy/subquery_table_renamed: the other table read by a policy's subquery is renamed; the policy follows it
create table projects (id integer primary key, name text not null);
create table project_members (project_id integer not null, member_name text not null);
alter table projects enable row level security;
create policy projects_member on projects for select to app_user
    using (exists (select 1 from project_members m where m.project_id = projects.id and m.member_name = current_user));
