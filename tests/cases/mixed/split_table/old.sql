-- mixed/split_table: a users table moves its profile fields into a new profiles table referencing it
create table users (id integer primary key, email text not null, bio text, avatar text);
insert into users values (1, 'a@x', 'hi', null);
