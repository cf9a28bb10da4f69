-- view_option/check_option_local_to_cascaded: a view's check option changes from local to cascaded
create table tasks (id integer primary key, title text not null, done boolean not null default false);
create view open_tasks with (check_option = local) as select id, title, done from tasks where not done;
