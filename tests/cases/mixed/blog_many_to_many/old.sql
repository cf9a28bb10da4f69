-- mixed/blog_many_to_many: posts, tags and a join table with a composite key, cascading keys and several index kinds are added beside an existing authors table
create table authors (id integer primary key, name text not null);
