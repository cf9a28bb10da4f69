select greet('bob', '!') = 'hello bob!' as t;
