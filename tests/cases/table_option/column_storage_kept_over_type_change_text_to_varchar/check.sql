select count(*) = 3 and count(description) = 2 as t from products where description in ('red chair', 'oak table') or description is null;
