-- privilege/column_update_moved: a role's column-level UPDATE moves from one column to another; its table-level SELECT stays
create table profiles (id integer primary key, nickname text, display_name text, bio text);
grant select on profiles to app_user;
grant update (display_name) on profiles to app_user;
