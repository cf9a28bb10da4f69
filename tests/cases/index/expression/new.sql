-- index/expression: expression indexes (a function call, an operator expression)
create table users (id integer primary key, email text, first text, last text);
create unique index users_lower_email_key on users (lower(email));
create index users_full_name_idx on users ((first || ' ' || last));
