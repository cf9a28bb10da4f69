-- a check calling a new SQL function is added to a domain whose column holds rows satisfying it
create function is_slug(s text) returns boolean language sql immutable strict as $$ select s ~ '^[a-z0-9]+(-[a-z0-9]+)*$' $$;
create domain slug as text constraint slug_format check (is_slug(value));
create table pages (id int primary key, slug slug);
insert into pages values (1, 'hello-world'), (2, 'about');
