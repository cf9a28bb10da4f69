select count(*) = 1 as t from palettes where id = 1 and colors = '{red,green}';
