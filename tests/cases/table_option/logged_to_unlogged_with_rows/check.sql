select count(*) = 3 as t from page_views where url in ('/a', '/b', '/c');
