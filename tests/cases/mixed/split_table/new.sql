-- mixed/split_table: a users table moves its profile fields into a new profiles table referencing it
create table users (id integer primary key, email text not null);
create table profiles (user_id integer primary key references users (id) on delete cascade, bio text, avatar text);
