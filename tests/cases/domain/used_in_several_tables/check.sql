select (select string_agg(name, ',' order by id) from products) = 'pen,ink'
   and (select title || note from categories where id = 1) = 'officedesk'
   and (select name from archive.old_products where id = 9) = 'quill' as t;
