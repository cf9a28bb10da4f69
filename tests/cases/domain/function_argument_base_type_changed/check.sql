select count(*) = 1 as t from posts where tag = 'news';
