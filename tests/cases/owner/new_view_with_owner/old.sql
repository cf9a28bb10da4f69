-- owner/new_view_with_owner: a new view is created and owned by a role
create table orders (id integer primary key, total numeric not null, closed boolean not null default false);
