import { defineBackground } from 'wxt/utils/define-background';
import { registerBackgroundHandlers } from '../lib/background/background-handlers';
import { setupPanelBehavior } from '../lib/background/panel-behavior';

export default defineBackground(() => {
  void setupPanelBehavior();
  registerBackgroundHandlers();
});
