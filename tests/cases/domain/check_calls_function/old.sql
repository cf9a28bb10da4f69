-- a check calling a new SQL function is added to a domain whose column holds rows satisfying it
create domain slug as text;
create table pages (id int primary key, slug slug);
insert into pages values (1, 'hello-world'), (2, 'about');
