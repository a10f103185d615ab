System.Console.WriteLine("brink");
