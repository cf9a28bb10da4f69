-- view_option/check_option_local_added: an updatable view gets WITH LOCAL CHECK OPTION (check_option = local)
create table tasks (id integer primary key, title text not null, done boolean not null default false);
create view open_tasks as select id, title, done from tasks where not done;
