select count(*) = 1 as t from app.things where value = 'x';
