-- a domain whose base type changes varchar(10) -> varchar(40) is the argument and result type of a SQL function
create domain tag as varchar(40) constraint tag_lower check (value = lower(value));
create function normalize_tag(t tag) returns tag language sql immutable as $$ select lower(t)::tag $$;
create table posts (id int primary key, tag tag);
insert into posts values (1, 'news');
