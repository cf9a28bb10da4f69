select add_one(41) = 42 as t;
