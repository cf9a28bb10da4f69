-- view_option/check_option_removed: a view loses its WITH CASCADED CHECK OPTION
create table tasks (id integer primary key, title text not null, done boolean not null default false);
create view open_tasks as select id, title, done from tasks where not done with cascaded check option;
