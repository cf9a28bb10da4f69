select count(*) = 2 as t from pages where slug in ('hello-world', 'about');
