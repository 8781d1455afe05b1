import App from './App'; void App;
