-- policy/subquery_column_type_change: a column of another table, read only in a policy's subquery, changes type (refused while the policy exists)
create table projects (id integer primary key, name text not null);
create table memberships (project_id bigint not null, member_name text not null);
alter table projects enable row level security;
create policy projects_member on projects for select to app_user, reporting
    using (exists (select 1 from memberships m where m.project_id = projects.id and m.member_name = current_user));
